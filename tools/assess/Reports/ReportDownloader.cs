using Assessment.Cli.Remote;

namespace Assessment.Cli.Reports;

/// <summary>
/// Streams an answer from the gateway into a file: written to FILE.part and renamed when complete, so an interrupted
/// or failed download never leaves a truncated report under the name asked for.
/// </summary>
internal static class ReportDownloader
{
    private const int BufferSize = 81920;

    public static async Task<long> DownloadAsync(HttpGateway gateway, string url, string path, DownloadProgress progress, CancellationToken cancellationToken)
    {
        using var response = await gateway.SendAsync(HttpMethod.Get, url, tokenRequired: false, null, cancellationToken);
        var total = response.Content.Headers.ContentLength;
        var partial = path + ".part";
        long received = 0;
        try
        {
            await using (var source = await response.Content.ReadAsStreamAsync(cancellationToken))
            await using (var target = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, BufferSize, useAsync: true))
            {
                var buffer = new byte[BufferSize];
                int read;
                while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                    received += read;
                    progress.Report(received, total);
                }
            }

            if (total is { } expected && expected != received)
            {
                throw new IOException($"the download ended after {received} of {expected} bytes; run the command again");
            }

            File.Move(partial, path, overwrite: true);
            return received;
        }
        finally
        {
            progress.Finish();
            File.Delete(partial);
        }
    }
}
