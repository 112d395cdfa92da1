namespace Assessment.ServiceDefaults.Persistence;

/// <summary>One numbered SQL script, e.g. 0001_catalogue.sql.</summary>
public sealed record SqlMigration(int Version, string Name, string Sql);
