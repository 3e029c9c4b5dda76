module github.com/annals-project/annals

go 1.26
