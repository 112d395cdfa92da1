using Assessment.Contracts.Indicators;

namespace Assessment.Scoring.Runs;

/// <summary>
/// The peer group a body is ranked in under a methodology. The catalogue's group is used when the methodology
/// declares it (or declares none); otherwise the group named after the body's kind (central, oblast, city,
/// district), which is how the shipped assessment-blocks methodology names them.
/// </summary>
public static class PeerGroups
{
    public static string For(string catalogueGroup, BodyKind kind, IReadOnlyCollection<string> declared)
    {
        if (declared.Count == 0 || declared.Contains(catalogueGroup))
        {
            return catalogueGroup.Length == 0 ? "all" : catalogueGroup;
        }

        var byKind = kind switch
        {
            BodyKind.CentralBody => "central",
            BodyKind.Oblast => "oblast",
            BodyKind.CityOfRepublicanStatus => "city",
            BodyKind.District => "district",
            _ => string.Empty,
        };
        return declared.Contains(byKind)
            ? byKind
            : throw new ArgumentException($"body kind {kind} in peer group '{catalogueGroup}' matches none of the methodology's peer groups ({string.Join(", ", declared)})");
    }
}
