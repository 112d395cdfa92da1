namespace Assessment.Cli;

/// <summary>What `assess` returns, so that scripts can tell a bad feed from a bad command line from a network failure.</summary>
internal static class ExitCodes
{
    /// <summary>Done: the submission was accepted (or validated by a dry run), the query answered.</summary>
    public const int Ok = 0;

    /// <summary>The system (or the CLI, before sending) refused the data: every error has been printed.</summary>
    public const int Rejected = 1;

    /// <summary>The command line or the configuration is wrong (unknown option, missing token, unreadable file).</summary>
    public const int Usage = 2;

    /// <summary>The gateway could not be reached or did not answer in time; nothing is known to be stored, re-run.</summary>
    public const int Connection = 3;

    /// <summary>Interrupted (Ctrl+C): a submission stream cut short stores nothing; re-run to apply the file once.</summary>
    public const int Interrupted = 130;
}
