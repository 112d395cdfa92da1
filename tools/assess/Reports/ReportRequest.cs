namespace Assessment.Cli.Reports;

/// <summary>One report to fetch: the cycle, the body (null for the national report), the format, the language and the run.</summary>
internal sealed record ReportRequest(string CycleId, string? BodyCode, string Format, string Language, int RunNumber)
{
    /// <summary>
    /// The gateway URL serving it. Pages and PDFs: /cycles/{cycle}[/bodies/{code}][.pdf]?lang=; open data is one file
    /// per run for every body (/open-data/{cycle}/run-{n}.csv|.json), a body's report being its row of that file.
    /// </summary>
    public string Url()
    {
        var cycle = Uri.EscapeDataString(CycleId);
        if (ReportFormat.IsOpenData(Format))
        {
            return $"/open-data/{cycle}/run-{RunNumber}.{Format}";
        }

        var page = BodyCode is null ? $"/cycles/{cycle}" : $"/cycles/{cycle}/bodies/{Uri.EscapeDataString(BodyCode)}";
        return $"{page}{(Format == ReportFormat.Pdf ? ".pdf" : string.Empty)}?lang={Language}";
    }
}
