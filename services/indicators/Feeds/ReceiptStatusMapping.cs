using Assessment.Contracts.Indicators;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Assessment.Indicators.Feeds;

/// <summary>
/// A rejected submission becomes a gRPC error whose status carries the whole receipt as a detail (google.rpc.Status),
/// so gRPC clients and JSON clients (through transcoding: HTTP 400/403/409) both get every error with row and field.
/// </summary>
public static class ReceiptStatusMapping
{
    public static RpcException ToRpcException(SubmissionReceipt receipt) => ToStatus(receipt).ToRpcException();

    /// <summary>The google.rpc.Status of a rejection, with the receipt as its detail.</summary>
    public static Google.Rpc.Status ToStatus(SubmissionReceipt receipt)
    {
        var code = StatusFor(receipt);
        var first = receipt.Errors.FirstOrDefault();
        var message = $"Submission '{receipt.SubmissionId}' rejected with {receipt.Errors.Count} error(s); nothing was stored."
            + (first is null ? string.Empty : $" First: row {first.Row}, {first.Field} '{first.Value}': {first.Reason}");
        var status = new Google.Rpc.Status { Code = (int)code, Message = message };
        status.Details.Add(Any.Pack(receipt));
        return status;
    }

    public static StatusCode StatusFor(SubmissionReceipt receipt)
    {
        if (receipt.Errors.Any(e => e.Code == SubmissionProcessor.SubmissionIdReused))
        {
            return StatusCode.AlreadyExists;
        }

        if (receipt.Errors.Count > 0 && receipt.Errors.All(e => e.Code == FeedIssueCodes.NotEntitled))
        {
            return StatusCode.PermissionDenied;
        }

        if (receipt.Errors.Any(e => e.Code == FeedIssueCodes.TooManyValues))
        {
            return StatusCode.ResourceExhausted;
        }

        return StatusCode.InvalidArgument;
    }
}
