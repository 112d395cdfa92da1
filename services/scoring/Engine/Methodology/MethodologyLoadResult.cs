using System.Collections.Immutable;

namespace Assessment.Scoring.Engine.Methodology;

/// <summary>The outcome of reading and validating a methodology: the methodology when valid, otherwise every error found.</summary>
public sealed record MethodologyLoadResult(Methodology? Methodology, ImmutableArray<MethodologyError> Errors)
{
    public bool IsValid => Methodology is not null && Errors.IsEmpty;

    /// <summary>The methodology, or an exception listing every error.</summary>
    public Methodology GetOrThrow() =>
        IsValid ? Methodology! : throw new MethodologyException(Errors);
}
