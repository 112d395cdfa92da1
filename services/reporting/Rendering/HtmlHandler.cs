using System.Globalization;
using System.Runtime.CompilerServices;

namespace Assessment.Reporting.Rendering;

/// <summary>
/// Lets a page write <c>html.Add($"&lt;td&gt;{name}&lt;/td&gt;")</c> with every interpolated value HTML-encoded:
/// safe by default, and only <see cref="TrustedHtml"/> (markup this service built) goes through raw.
/// </summary>
[InterpolatedStringHandler]
public readonly ref struct HtmlHandler
{
    private readonly HtmlWriter _writer;

    public HtmlHandler(int literalLength, int formattedCount, HtmlWriter writer)
    {
        _ = literalLength;
        _ = formattedCount;
        _writer = writer;
    }

    public void AppendLiteral(string value) => _writer.Raw(value);

    public void AppendFormatted(string? value) => _writer.Text(value);

    public void AppendFormatted(TrustedHtml value) => _writer.Raw(value.Value);

    public void AppendFormatted(int value) => _writer.Raw(value.ToString(CultureInfo.InvariantCulture));

    // Anything else is formatted with the invariant culture and then encoded: a page never depends on the server's locale.
    public void AppendFormatted<T>(T value) => _writer.Text(Convert.ToString(value, CultureInfo.InvariantCulture));

    public void AppendFormatted<T>(T value, string format) where T : IFormattable =>
        _writer.Text(value.ToString(format, CultureInfo.InvariantCulture));
}
