using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Assessment.Reporting.Rendering;

/// <summary>Builds one HTML document as a string; every dynamic value goes through the HTML encoder.</summary>
public sealed class HtmlWriter
{
    // Encodes only what HTML needs (&lt; &gt; &amp; quotes…) and leaves Kazakh and Russian letters readable in the source.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder _builder = new(16 * 1024);

    public static string Encode(string? value) => value is null ? string.Empty : Encoder.Encode(value);

    public HtmlWriter Add([InterpolatedStringHandlerArgument("")] HtmlHandler fragment)
    {
        _ = fragment;
        return this;
    }

    public HtmlWriter Text(string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            Encoder.Encode(new StringWriter(_builder), value);
        }

        return this;
    }

    public HtmlWriter Raw(string value)
    {
        _builder.Append(value);
        return this;
    }

    public override string ToString() => _builder.ToString();
}
