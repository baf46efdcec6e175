import Pipeline
print("khenthuong")
