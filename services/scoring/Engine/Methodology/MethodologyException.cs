using System.Collections.Immutable;

namespace Assessment.Scoring.Engine.Methodology;

/// <summary>Thrown when an invalid methodology is used; the message lists every error with its position.</summary>
public sealed class MethodologyException(ImmutableArray<MethodologyError> errors)
    : Exception("Invalid methodology:" + Environment.NewLine + string.Join(Environment.NewLine, errors))
{
    public ImmutableArray<MethodologyError> Errors { get; } = errors;
}
