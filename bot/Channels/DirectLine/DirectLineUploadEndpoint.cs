using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CrossBorderBot.Channels.DirectLine;

/// <summary>
/// <c>POST /conversations/{id}/upload</c>: an activity with files, as multipart: an <c>activity</c> part (the activity
/// without its attachments' content) and one part per file. Only the files' descriptions are kept; the bot sees them as
/// attachments without content.
/// </summary>
internal static class DirectLineUploadEndpoint
{
    private const string ActivityPart = "activity";

    internal static async Task<Results<Ok<DirectLineResourceResponse>, JsonHttpResult<DirectLineError>>> UploadAsync(
        string conversationId,
        string? userId,
        [AsParameters] DirectLineRequest request,
        CancellationToken cancellationToken)
    {
        var caller = request.Caller;
        if (caller.Token is { } token && userId is not null && !string.Equals(userId, token.UserId, StringComparison.Ordinal))
        {
            return DirectLineErrors.Error(StatusCodes.Status403Forbidden, "Forbidden", "This token is for another user.");
        }

        if (!request.TryPost(out var refused))
        {
            return refused;
        }

        var form = await ReadFormAsync(request.Http, request.Options.Value, cancellationToken);
        if (form.Error is { } unreadable)
        {
            return unreadable;
        }

        var activityText = await ActivityTextAsync(form.Form!, cancellationToken);
        if (activityText is null)
        {
            return DirectLineErrors.Error(StatusCodes.Status400BadRequest, "MissingProperty", "The upload has no 'activity' part.");
        }

        if (activityText.Length > request.Options.Value.MaxActivityCharacters)
        {
            return DirectLineErrors.ActivityTooLarge(request.Options.Value.MaxActivityCharacters);
        }

        var posted = await request.ActivityPostedAsync(conversationId, activityText, userId, cancellationToken);
        if (posted.Error is { } bad)
        {
            return bad;
        }

        var files = form.Form!.Files.Where(file => file.Name != ActivityPart).ToList();
        var uploads = new DirectLineUpload[files.Count];
        var attachments = new List<Attachment>(files.Count);
        for (var i = 0; i < files.Count; i++)
        {
            uploads[i] = await DescribeAsync(files[i], request.Time, cancellationToken);
            attachments.Add(new Attachment { ContentType = uploads[i].ContentType, Name = uploads[i].Name });
        }

        var activity = posted.Activity!;
        activity.Attachments = attachments;
        var id = await request.Conversations.PostAsync(conversationId, activity, request.ServiceUrl, uploads, cancellationToken);
        return TypedResults.Ok(new DirectLineResourceResponse(id));
    }

    /// <summary>The multipart form, or the error for a body too large or not multipart.</summary>
    private static async Task<(IFormCollection? Form, JsonHttpResult<DirectLineError>? Error)> ReadFormAsync(HttpContext http, DirectLineOptions options, CancellationToken cancellationToken)
    {
        var maxBytes = options.MaxUploadBytes;
        DirectLineRequestBody.Limit(http, maxBytes);
        if (http.Request.ContentLength > maxBytes)
        {
            return (null, DirectLineErrors.UploadTooLarge(maxBytes));
        }

        if (!http.Request.HasFormContentType)
        {
            return (null, DirectLineErrors.BadArgument("An upload is multipart/form-data with an 'activity' part and the files."));
        }

        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(new Microsoft.AspNetCore.Http.Features.FormOptions { MultipartBodyLengthLimit = maxBytes, ValueLengthLimit = options.MaxActivityCharacters * 4 }, cancellationToken);
        }
        catch (Exception exception) when (exception is InvalidDataException or BadHttpRequestException)
        {
            return (null, http.Request.ContentLength is null || exception is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
                ? DirectLineErrors.UploadTooLarge(maxBytes)
                : DirectLineErrors.BadArgument("The multipart body could not be read."));
        }

        return form.Files.Sum(file => file.Length) > maxBytes ? (null, DirectLineErrors.UploadTooLarge(maxBytes)) : (form, null);
    }

    /// <summary>The activity arrives as a form value or, from Web Chat, as a file part named "activity".</summary>
    private static async Task<string?> ActivityTextAsync(IFormCollection form, CancellationToken cancellationToken)
    {
        if (form.TryGetValue(ActivityPart, out var field))
        {
            return field.ToString();
        }

        if (form.Files.GetFile(ActivityPart) is not { } activityPart)
        {
            return null;
        }

        using var reader = new StreamReader(activityPart.OpenReadStream(), Encoding.UTF8);
        return await reader.ReadToEndAsync(cancellationToken);
    }

    private static async Task<DirectLineUpload> DescribeAsync(IFormFile file, TimeProvider time, CancellationToken cancellationToken)
    {
        await using var content = file.OpenReadStream();
        var hash = await SHA256.HashDataAsync(content, cancellationToken);
        return new DirectLineUpload
        {
            Name = Path.GetFileName(file.FileName),
            ContentType = string.IsNullOrWhiteSpace(file.ContentType) ? "application/octet-stream" : file.ContentType,
            Length = file.Length,
            Sha256 = Convert.ToHexStringLower(hash),
            UploadedAt = time.GetUtcNow(),
        };
    }
}
