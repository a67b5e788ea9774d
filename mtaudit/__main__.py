from mtaudit.cli import main

main()
