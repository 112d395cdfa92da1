namespace Assessment.Reporting.Pdf;

/// <summary>How PDFs are printed, bound from "Pdf": the system's Chromium, never a browser Playwright downloads.</summary>
public sealed class PdfOptions
{
    public const string Section = "Pdf";

    public string ChromiumPath { get; set; } = "/usr/bin/chromium";

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
