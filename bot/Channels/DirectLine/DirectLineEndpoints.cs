using CrossBorderBot.Composition;

namespace CrossBorderBot.Channels.DirectLine;

/// <summary>
/// <c>/v3/directline/*</c>: the part of Direct Line 3.0 that <c>botframework-directlinejs</c> uses in polling mode
/// (Web Chat with <c>webSocket: false</c>), served by the bot itself. The routes are listed here; their handlers live
/// in one class per resource (conversations, activities, upload, tokens). Every call carries
/// <c>Authorization: Bearer &lt;secret or token&gt;</c>; errors use the Direct Line error body
/// (<see cref="DirectLineErrors"/>).
/// </summary>
public static class DirectLineEndpoints
{
    public const string ChannelId = "directline";
    public const string RoutePrefix = "/v3/directline";

    public static RouteGroupBuilder MapDirectLine(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(RoutePrefix);
        group.AddSingletonFilter<RouteGroupBuilder, DirectLineStoreFailureFilter>();
        group.AddSingletonFilter<RouteGroupBuilder, DirectLineCallerFilter>();
        group.MapPost("/conversations", DirectLineConversationEndpoints.StartConversationAsync);
        group.MapGet("/conversations/{conversationId}", DirectLineConversationEndpoints.ReconnectAsync);
        group.MapGet("/conversations/{conversationId}/activities", DirectLineActivityEndpoints.GetActivitiesAsync);
        group.MapPost("/conversations/{conversationId}/activities", DirectLineActivityEndpoints.PostActivityAsync);
        group.MapPost("/conversations/{conversationId}/upload", DirectLineUploadEndpoint.UploadAsync);
        group.MapPost("/tokens/refresh", DirectLineTokenEndpoints.RefreshToken);
        group.MapPost("/tokens/generate", DirectLineTokenEndpoints.GenerateTokenAsync);
        return group;
    }

    /// <summary>The host as the bot sees it; replies carry it as their <c>serviceUrl</c>.</summary>
    internal static string ServiceUrlOf(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";
}
