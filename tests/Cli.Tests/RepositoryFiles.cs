namespace Assessment.Cli.Tests;

/// <summary>Files of the repository the tests read (the real regional file), found from the test's output folder.</summary>
internal static class RepositoryFiles
{
    public static string Root
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Assessment.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("Assessment.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string RegionalFile => Path.Combine(Root, "data", "demo", "kz-regions", "regional-indicators.csv");
}
