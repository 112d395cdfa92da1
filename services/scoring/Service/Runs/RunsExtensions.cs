namespace Assessment.Scoring.Runs;

public static class RunsExtensions
{
    public static IHostApplicationBuilder AddRuns(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<RunStore>();
        builder.Services.AddSingleton<RunMetrics>();
        builder.Services.AddSingleton<CycleDatasetSource>();
        builder.Services.AddSingleton<RunComputer>();
        return builder;
    }
}
