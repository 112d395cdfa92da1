namespace Assessment.Indicators.Tests.Readers;

/// <summary>
/// Finds files under tests/Indicators.Tests/TestData from the test's output folder by walking up, so
/// that the test data need not be copied to the output (the csproj is not this folder's to change).
/// </summary>
internal static class TestDataFiles
{
    private const string TestDataFolder = "tests/Indicators.Tests/TestData";

    public static string PathOf(string relativePath)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, TestDataFolder);
            if (Directory.Exists(candidate))
            {
                var path = Path.Combine(candidate, relativePath);
                return File.Exists(path)
                    ? path
                    : throw new FileNotFoundException($"No test data file {relativePath} in {candidate}.", path);
            }
        }

        throw new DirectoryNotFoundException($"No {TestDataFolder} above {AppContext.BaseDirectory}.");
    }
}
