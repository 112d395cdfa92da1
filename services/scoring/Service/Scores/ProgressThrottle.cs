namespace Assessment.Scoring.Scores;

/// <summary>Decides which progress counts are worth a message: at least every 5% of the samples, and the last one.</summary>
public sealed class ProgressThrottle(int total)
{
    private readonly int _step = Math.Max(1, total / 20);
    private int _reported;

    public bool ShouldReport(int done)
    {
        if (done <= _reported || (done < total && done - _reported < _step))
        {
            return false;
        }

        _reported = done;
        return true;
    }
}
