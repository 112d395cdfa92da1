using Assessment.Cli;
using Assessment.Cli.Configuration;

// Ctrl+C cancels the running command (a push stream cut short stores nothing) instead of killing the process.
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

return await AssessApp.RunAsync(args, Console.Out, Console.Error, CliEnvironment.FromProcess(), cancel.Token);
