using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Assessment.ServiceDefaults.Http2;

/// <summary>
/// HTTP/2 receive windows for a server whose streams may wait unread (a feed stream held back until its turn).
/// </summary>
public static class Http2Windows
{
    /// <summary>
    /// A connection window twice the sum of its streams' windows. Kestrel returns connection window to the sender only
    /// after half of it has been read; if waiting streams could fill more than half, the streams being read could never
    /// read enough for that return, and the whole connection would stall. Twice the sum keeps what waiting streams
    /// hold under half, however many of them wait.
    /// </summary>
    public static int ConnectionWindowFor(Http2Limits limits)
    {
        var needed = 2L * limits.MaxStreamsPerConnection * limits.InitialStreamWindowSize;
        return (int)Math.Min(needed, int.MaxValue);
    }
}
