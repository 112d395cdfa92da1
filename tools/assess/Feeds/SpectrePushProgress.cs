using System.Globalization;
using Spectre.Console;

namespace Assessment.Cli.Feeds;

/// <summary>Progress on a terminal: a bar with the values sent, the rate and the time left.</summary>
internal sealed class SpectrePushProgress(IAnsiConsole console, TimeProvider time) : IPushProgress
{
    public Task<T> RunAsync<T>(int total, Func<Action<int>, Task<T>> push) =>
        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Describe(0, total, 0), maxValue: Math.Max(total, 1));
                var started = time.GetTimestamp();
                var result = await push(sent =>
                {
                    task.Value = sent;
                    task.Description = Describe(sent, total, PushRate.Of(sent, total, time.GetElapsedTime(started)).ValuesPerSecond);
                });
                task.StopTask();
                return result;
            });

    private static string Describe(int sent, int total, double rate) =>
        string.Create(CultureInfo.InvariantCulture, $"pushed {sent:N0}/{total:N0} values, {rate:N0}/s");
}
