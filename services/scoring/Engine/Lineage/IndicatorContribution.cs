using Assessment.Scoring.Engine.Missing;

namespace Assessment.Scoring.Engine.Lineage;

/// <summary>
/// How much one indicator contributes to one node's score, with the chain behind it. EffectiveWeight is the
/// product of the (reweighted) weights on the path from the node down to the indicator. Contribution is on the
/// published scale; see <see cref="NodeLineage"/> for how it is attributed.
/// </summary>
public sealed record IndicatorContribution(
    string Indicator,
    double? Raw,
    double? Treated,
    double? Normalised,
    ValueTreatment Treatment,
    double EffectiveWeight,
    double Contribution);
