using System.Threading.Channels;
using Assessment.Scoring.Engine.Uncertainty;

namespace Assessment.Scoring.Scores;

/// <summary>Hands the engine's progress reports (from its worker threads) to the streaming call, in order, without blocking the workers.</summary>
public sealed class ChannelProgress(ChannelWriter<int> writer) : IProgress<UncertaintyProgress>
{
    public void Report(UncertaintyProgress value) => writer.TryWrite(value.Completed);
}
