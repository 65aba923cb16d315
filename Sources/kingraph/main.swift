import KinGraphCLI

await KinGraphCommand.main()
