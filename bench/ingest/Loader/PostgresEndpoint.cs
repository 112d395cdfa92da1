namespace Assessment.Bench.Ingest;

/// <summary>
/// The PostgreSQL that the AppHost started: its port is line 4 of postmaster.pid in the data folder, and the local
/// server trusts connections from 127.0.0.1 as user postgres.
/// </summary>
internal static class PostgresEndpoint
{
    public static string ConnectionString(string dataFolder, string database)
    {
        var lines = File.ReadAllLines(Path.Combine(dataFolder, "postmaster.pid"));
        var port = int.Parse(lines[3].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        return $"Host=127.0.0.1;Port={port};Username=postgres;Database={database};Timeout=120;Command Timeout=600";
    }
}
