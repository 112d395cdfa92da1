namespace Assessment.Reporting.OpenData;

/// <summary>The stable URLs of a release's files.</summary>
public static class OpenDataLinks
{
    public static string File(ReleaseId release, string extension) =>
        $"/open-data/{Uri.EscapeDataString(release.CycleId)}/run-{release.RunNumber}.{extension}";
}
