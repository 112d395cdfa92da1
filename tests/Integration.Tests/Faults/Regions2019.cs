namespace Assessment.Integration.Tests.Faults;

/// <summary>The fault tests' data: regions that existed in 2019 (Abai, Jetisu, Ulytau came in 2022; Turkistan and Shymkent mid-2018).</summary>
public static class Regions2019
{
    public const string Period = "2019";

    public static readonly string[] Bodies =
        ["KZ-11", "KZ-15", "KZ-19", "KZ-23", "KZ-27", "KZ-31", "KZ-35", "KZ-39", "KZ-43", "KZ-47", "KZ-55", "KZ-59", "KZ-63", "KZ-71", "KZ-75"];

    public static string NewId(string what) => $"{what}-{Guid.NewGuid():N}"[..(what.Length + 13)];
}
