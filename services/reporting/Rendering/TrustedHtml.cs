namespace Assessment.Reporting.Rendering;

/// <summary>Markup the service itself produced (an SVG chart, a nested fragment): written without encoding.</summary>
public readonly record struct TrustedHtml(string Value)
{
    public override string ToString() => Value;
}
