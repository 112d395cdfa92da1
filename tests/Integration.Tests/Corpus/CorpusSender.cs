using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Assessment.Contracts.Indicators;
using Google.Protobuf;
using Grpc.Core;

namespace Assessment.Integration.Tests.Corpus;

/// <summary>What came back for one corpus entry: the status (HTTP number or gRPC name), the issues it listed, its message.</summary>
public sealed record CorpusAnswer(string Status, IReadOnlyList<(int Row, string Field, string Code)> Issues, string Text);

/// <summary>Sends one corpus entry through the gateway by its transport and reads the answer in that transport's error shape.</summary>
public sealed class CorpusSender(RunningSystem system)
{
    private static readonly Method<byte[], byte[]> RawSubmit = new(MethodType.Unary, "assessment.indicators.v1.Feeds", "Submit",
        Marshallers.Create(b => b, b => b), Marshallers.Create(b => b, b => b));

    private static readonly Method<byte[], byte[]> RawSubmitStream = new(MethodType.ClientStreaming, "assessment.indicators.v1.Feeds", "SubmitStream",
        Marshallers.Create(b => b, b => b), Marshallers.Create(b => b, b => b));

    public async Task<CorpusAnswer> SendAsync(CorpusEntry entry, string submissionId)
    {
        var token = entry.Token is { } t && t.StartsWith("reporter:", StringComparison.Ordinal)
            ? system.ReporterToken(t["reporter:".Length..])
            : system.AdminToken();
        return entry.Transport switch
        {
            "csv" => await HttpAsync($"/api/v1/feeds/csv?{entry.Query ?? $"submissionId={submissionId}"}", "text/csv", CsvBody(entry, submissionId), token),
            "json" => await HttpAsync("/api/v1/submissions", "application/json", entry.ReadBytes(submissionId), token),
            "dhis2" => await HttpAsync($"/api/v1/feeds/dhis2/dataValueSets?submissionId={submissionId}", "application/json", entry.ReadBytes(submissionId), token),
            "grpc" => await GrpcAsync(() => new Feeds.FeedsClient(system.GatewayGrpc)
                .SubmitAsync(JsonParser.Default.Parse<SubmitRequest>(entry.ReadText(submissionId)), RunningSystem.WithToken(token)).ResponseAsync),
            "grpc-raw" => await GrpcAsync(() => system.GatewayGrpc.CreateCallInvoker()
                .AsyncUnaryCall(RawSubmit, null, RunningSystem.WithToken(token), entry.ReadBytes()).ResponseAsync),
            "grpc-stream" => await GrpcAsync(() => StreamAsync(entry, submissionId, token)),
            "grpc-stream-raw" => await GrpcAsync(() => RawStreamAsync(entry, submissionId, token)),
            _ => throw new InvalidOperationException($"Unknown transport {entry.Transport} in {entry.File}."),
        };
    }

    private static byte[] CsvBody(CorpusEntry entry, string submissionId)
    {
        if (entry.File != CorpusEntry.Generated + "csv-row-of-ten-megabytes")
        {
            return entry.ReadBytes();
        }

        // One row whose comment is ten megabytes: the reader must stop at its field limit, not buffer it all.
        return Encoding.UTF8.GetBytes("body,indicator,period,value,unit,comment\nKZ-11,avg_salary,2019,250000,," + new string('x', 10 * 1024 * 1024) + "\n");
    }

    private async Task<SubmissionReceipt> StreamAsync(CorpusEntry entry, string submissionId, string token)
    {
        using var cancel = new CancellationTokenSource();
        using var call = new Feeds.FeedsClient(system.GatewayGrpc).SubmitStream(RunningSystem.WithToken(token, 120).WithCancellationToken(cancel.Token));
        var sent = 0;
        foreach (var message in StreamMessages(entry, submissionId))
        {
            if (await AnsweredBeforeWrittenAsync(call.RequestStream.WriteAsync(message), call.ResponseAsync))
            {
                return await call;
            }

            if (++sent == entry.CancelAfter)
            {
                // The client's connection drops mid-stream: nothing of the stream may be stored.
                await cancel.CancelAsync();
                return await call;
            }
        }

        await call.RequestStream.CompleteAsync();
        return await call;
    }

    /// <summary>
    /// A stream of raw messages: each element of the file is {"json": a SubmitStreamMessage in protobuf JSON} or
    /// {"base64": bytes sent as they are}, so a stream can start well and then carry bytes that are no message at all.
    /// </summary>
    private async Task<byte[]> RawStreamAsync(CorpusEntry entry, string submissionId, string token)
    {
        using var call = system.GatewayGrpc.CreateCallInvoker().AsyncClientStreamingCall(RawSubmitStream, null, RunningSystem.WithToken(token, 120));
        using var document = JsonDocument.Parse(entry.ReadText(submissionId));
        foreach (var element in document.RootElement.EnumerateArray())
        {
            var message = element.TryGetProperty("base64", out var base64)
                ? Convert.FromBase64String(base64.GetString()!)
                : JsonParser.Default.Parse<SubmitStreamMessage>(element.GetProperty("json").GetRawText()).ToByteArray();
            if (await AnsweredBeforeWrittenAsync(call.RequestStream.WriteAsync(message), call.ResponseAsync))
            {
                return await call;
            }
        }

        await call.RequestStream.CompleteAsync();
        return await call;
    }

    /// <summary>
    /// Whether the server answered (refused) before the client finished writing. Then the write may never complete:
    /// the call is over, and its deadline with it, so the client stops writing and reads the answer.
    /// </summary>
    private static async Task<bool> AnsweredBeforeWrittenAsync(Task write, Task answer)
    {
        if (await Task.WhenAny(write, answer) == write)
        {
            try
            {
                await write;
                return false;
            }
            catch (RpcException)
            {
                return true;
            }
        }

        // Disposing the call ends the pending write; its failure is expected and observed here.
        _ = write.ContinueWith(t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        return true;
    }

    private static IEnumerable<SubmitStreamMessage> StreamMessages(CorpusEntry entry, string submissionId)
    {
        if (entry.File == CorpusEntry.Generated + "grpc-stream-of-a-million-values")
        {
            // A million distinct values (50,000 keys x 20 pretend periods would be refused elsewhere): all valid, just too many.
            yield return new SubmitStreamMessage { Header = new SubmissionHeader { SubmissionId = submissionId } };
            for (var batch = 0; batch < 100; batch++)
            {
                var message = new ObservationBatch();
                for (var i = 0; i < 10_000; i++)
                {
                    message.Observations.Add(new ObservationValue { BodyCode = "KZ-11", IndicatorCode = "avg_salary", Period = "2019", Value = batch * 10_000 + i });
                }

                yield return new SubmitStreamMessage { Batch = message };
            }

            yield break;
        }

        using var document = JsonDocument.Parse(entry.ReadText(submissionId));
        foreach (var element in document.RootElement.EnumerateArray())
        {
            yield return JsonParser.Default.Parse<SubmitStreamMessage>(element.GetRawText());
        }
    }

    private async Task<CorpusAnswer> HttpAsync(string path, string mediaType, byte[] body, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await system.Gateway.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new CorpusAnswer(((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture), IssuesIn(text), text);
    }

    private static async Task<CorpusAnswer> GrpcAsync<T>(Func<Task<T>> call)
    {
        try
        {
            await call();
            return new CorpusAnswer("OK", [], string.Empty);
        }
        catch (RpcException e)
        {
            var receipt = e.GetRpcStatus()?.GetDetail<SubmissionReceipt>();
            var issues = receipt?.Errors.Select(i => (i.Row, i.Field, i.Code)).ToList() ?? [];
            return new CorpusAnswer(e.StatusCode.ToString(), issues, e.Status.Detail);
        }
    }

    /// <summary>
    /// The issues in any of the HTTP error shapes: problem+json "errors", the transcoded google.rpc.Status whose detail
    /// is the receipt ("details"[].errors), and DHIS2's import summary ("conflicts", whose value says "row N, field: why").
    /// </summary>
    private static List<(int Row, string Field, string Code)> IssuesIn(string text)
    {
        var issues = new List<(int, string, string)>();
        try
        {
            using var document = JsonDocument.Parse(text);
            Collect(document.RootElement, issues);
        }
        catch (JsonException)
        {
            // Not JSON (e.g. an empty 413): no issues listed.
        }

        return issues;
    }

    private static void Collect(JsonElement element, List<(int, string, string)> issues)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, issues);
            }
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (element.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String && element.TryGetProperty("field", out var field))
        {
            issues.Add((element.TryGetProperty("row", out var row) && row.ValueKind == JsonValueKind.Number ? row.GetInt32() : 0, field.GetString() ?? "", code.GetString()!));
        }
        else if (element.TryGetProperty("object", out _) && element.TryGetProperty("value", out var where) && where.GetString() is { } w
                 && System.Text.RegularExpressions.Regex.Match(w, @"^row (\d+)(?:, ([^:]+))?:") is { Success: true } m)
        {
            issues.Add((int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups[2].Value, "dhis2"));
        }

        foreach (var property in element.EnumerateObject())
        {
            Collect(property.Value, issues);
        }
    }
}
