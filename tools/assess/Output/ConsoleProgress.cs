using Assessment.Scoring.Engine.Uncertainty;

namespace Assessment.Cli.Output;

/// <summary>Shows Monte Carlo progress on standard error, one line rewritten in place, at most every 5%.</summary>
internal sealed class ConsoleProgress(TextWriter error) : IProgress<UncertaintyProgress>
{
    private readonly Lock _gate = new();
    private int _lastPercent = -1;

    public void Report(UncertaintyProgress value)
    {
        var percent = (int)(100L * value.Completed / value.Total);
        lock (_gate)
        {
            if (percent / 5 == _lastPercent / 5 && percent != 100)
            {
                return;
            }
            _lastPercent = percent;
            error.Write($"\rmonte carlo: {value.Completed}/{value.Total} samples ({percent}%)");
        }
    }

    public void Finish() => error.WriteLine();
}
