using Assessment.ServiceDefaults.Http2;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Assessment.Gateway.Tests;

public sealed class Http2WindowsTests
{
    [Theory]
    [InlineData(100, 64 * 1024)]
    [InlineData(100, 256 * 1024)]
    [InlineData(100, 768 * 1024)]
    [InlineData(1, 64 * 1024)]
    public void Waiting_streams_can_never_hold_half_of_the_connection_window(int streams, int streamWindow)
    {
        var limits = new KestrelServerOptions().Limits.Http2;
        limits.MaxStreamsPerConnection = streams;
        limits.InitialStreamWindowSize = streamWindow;

        var connectionWindow = Http2Windows.ConnectionWindowFor(limits);

        // Kestrel returns connection window once half of it has been read: all but one stream waiting, each holding a
        // full window, must leave that half readable by the one being read.
        long heldByWaiting = (long)(streams - 1) * streamWindow;
        Assert.True(heldByWaiting < connectionWindow / 2, $"{heldByWaiting} bytes held by waiting streams, window {connectionWindow}");
        Assert.True(connectionWindow >= streams * (long)streamWindow);
    }

    [Fact]
    public void The_connection_window_stays_within_what_HTTP2_allows()
    {
        var limits = new KestrelServerOptions().Limits.Http2;
        limits.MaxStreamsPerConnection = 100_000;
        limits.InitialStreamWindowSize = 16 * 1024 * 1024;

        var connectionWindow = Http2Windows.ConnectionWindowFor(limits);

        limits.InitialConnectionWindowSize = connectionWindow;
        Assert.Equal(connectionWindow, limits.InitialConnectionWindowSize);
    }
}
