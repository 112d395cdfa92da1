namespace Assessment.Indicators.Demo;

/// <summary>Demo data pushed at start (bound from "Demo"); off unless a file is named. Used by the README's first command and by tests.</summary>
public sealed class DemoDataOptions
{
    public const string Section = "Demo";

    /// <summary>The national regional statistics file (wide CSV, one row per region).</summary>
    public string? RegionalDataFile { get; set; }

    /// <summary>The period the regional file describes.</summary>
    public string RegionalDataPeriod { get; set; } = "2022";

    /// <summary>Synthetic values for the assessment-blocks methodology (long CSV), clearly marked as such in each row.</summary>
    public string? AssessmentBlocksFile { get; set; }
}
