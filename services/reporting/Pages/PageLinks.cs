namespace Assessment.Reporting.Pages;

/// <summary>The portal's URLs in one place, so pages, PDFs, open data and tests agree on them.</summary>
public static class PageLinks
{
    public static string Cycle(string cycleId) => $"/cycles/{E(cycleId)}";

    public static string CyclePdf(string cycleId) => $"/cycles/{E(cycleId)}.pdf";

    public static string Body(string cycleId, string bodyCode) => $"/cycles/{E(cycleId)}/bodies/{E(bodyCode)}";

    public static string BodyPdf(string cycleId, string bodyCode) => $"/cycles/{E(cycleId)}/bodies/{E(bodyCode)}.pdf";

    public static string Observation(string cycleId, string bodyCode, string indicatorCode) =>
        $"/cycles/{E(cycleId)}/bodies/{E(bodyCode)}/indicators/{E(indicatorCode)}";

    public static string Methodology(string id, string version) => $"/methodologies/{E(id)}/{E(version)}";

    public static string OpenData(string cycleId, int run, string extension) => $"/open-data/{E(cycleId)}/run-{run}.{extension}";

    /// <summary>The anchor of an indicator's "why this score" entry on the body page.</summary>
    public static string WhyAnchor(string indicatorCode) => "why-" + indicatorCode;

    private static string E(string segment) => Uri.EscapeDataString(segment);
}
