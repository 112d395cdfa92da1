namespace Assessment.Reporting.Pages;

/// <summary>The order in which peer groups appear on the national page: regions first, as most readers look for theirs.</summary>
public static class PeerGroups
{
    private static readonly string[] Order = ["oblasts", "cities", "central-bodies"];

    public static int Position(string group)
    {
        var index = Array.IndexOf(Order, group);
        return index < 0 ? Order.Length : index;
    }

    public static string LabelKey(string group) => Position(group) < Order.Length ? $"peer.{group}" : "peer.other";
}
