namespace Assessment.Cli.Feeds;

/// <summary>Shows how a push goes: <see cref="RunAsync{T}"/> runs the push and hands it a callback taking the values sent so far.</summary>
internal interface IPushProgress
{
    Task<T> RunAsync<T>(int total, Func<Action<int>, Task<T>> push);
}
