using System.Text;

namespace Assessment.Integration.Tests;

/// <summary>
/// Standard error for a CLI run that cuts the push off: the first progress line ("pushed N/M values", written after a
/// batch went out) cancels the run, as a network failure or Ctrl+C half-way through would.
/// </summary>
public sealed class CliCancellingWriter(CancellationTokenSource cancel) : StringWriter
{
    private readonly StringBuilder _line = new();

    public int? CancelledAfterValues { get; private set; }

    public override void Write(char value)
    {
        base.Write(value);
        if (value != '\n')
        {
            _line.Append(value);
            return;
        }

        var line = _line.ToString();
        _line.Clear();
        if (CancelledAfterValues is null && line.StartsWith("pushed ", StringComparison.Ordinal))
        {
            CancelledAfterValues = int.Parse(line["pushed ".Length..line.IndexOf('/')].Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture);
            cancel.Cancel();
        }
    }

    public override void Write(string? value)
    {
        foreach (var c in value ?? string.Empty)
        {
            Write(c);
        }
    }

    public override void WriteLine(string? value)
    {
        Write(value);
        Write('\n');
    }
}
