namespace Assessment.Integration.Tests;

/// <summary>What one in-process run of the CLI returned and wrote.</summary>
public sealed record CliRun(int Exit, string Output, string Error)
{
    public override string ToString() => $"exit {Exit}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
