from dataset.cli import main

main()
