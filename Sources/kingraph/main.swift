import KinGraphCLI

await KinGraphCommand.runMain()
