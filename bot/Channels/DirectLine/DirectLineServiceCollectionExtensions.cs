using CrossBorderBot.Hosting;
using CrossBorderBot.Safety;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CrossBorderBot.Channels.DirectLine;

public static class DirectLineServiceCollectionExtensions
{
    /// <summary>
    /// The self-hosted Direct Line door and the embedded web chat: options (section <c>DirectLine</c>, validated at
    /// start-up), the secret and tokens, the conversation log in the bot's <see cref="IStorage"/>, the in-process
    /// adapter, and a CORS policy for the sites listed in <c>DirectLine:AllowedOrigins</c>.
    /// </summary>
    public static IServiceCollection AddDirectLine(this IServiceCollection services)
    {
        services.AddOptions<DirectLineOptions>()
            .BindConfiguration(DirectLineOptions.SectionName)
            .Validate(o => o.TokenLifetime >= TimeSpan.FromMinutes(1), "DirectLine:TokenLifetime must be at least a minute.")
            .Validate(o => o.MaxActivityCharacters > 0 && o.MaxUploadBytes > 0, "DirectLine size limits must be positive.")
            .Validate(o => o.MaxActivitiesPerConversation >= 10, "DirectLine:MaxActivitiesPerConversation must be at least 10.")
            .Validate(o => o.MaxStoredBytesPerConversation >= 64 * 1024 && o.MaxPollBytes >= 64 * 1024, "DirectLine:MaxStoredBytesPerConversation and MaxPollBytes must be at least 64 KB.")
            .Validate(o => o.MaxNewConversationsPerMinute > 0, "DirectLine:MaxNewConversationsPerMinute must be positive.")
            .Validate(
                o => o.MaxTokensPerClientPerMinute > 0 && o.MaxVisitorConversationsPerMinute > 0 && o.MaxPostsPerTokenPerMinute > 0 && o.MaxPostsPerClientPerMinute > 0,
                "DirectLine per-client limits must be positive.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.BotId) && !string.IsNullOrWhiteSpace(o.BotName), "DirectLine:BotId and BotName are required.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DirectLineSecret>();
        services.AddSingleton<DirectLineTokenService>();
        services.AddSingleton<DirectLineAuthenticator>();
        services.AddSingleton<DirectLineClientLimits>();
        services.AddSingleton<DirectLineConversationStore>();
        services.AddSingleton(provider =>
        {
            var logger = provider.GetRequiredService<ILogger<DirectLineAdapter>>();
            return new DirectLineAdapter(
                provider.GetRequiredService<DirectLineConversationStore>(),
                provider.GetRequiredService<TimeProvider>(),
                (context, exception) => TurnErrorReply.SendAsync(context, exception, logger)).UseTurnSafety(provider);
        });
        services.AddSingleton<DirectLineConversationService>();

        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<DirectLineOptions>>((cors, directLine) =>
            cors.AddPolicy(WebChatEndpoints.CorsPolicy, policy =>
            {
                if (directLine.Value.AllowedOrigins.Length > 0)
                {
                    policy.WithOrigins(directLine.Value.AllowedOrigins).AllowAnyHeader().AllowAnyMethod();
                }
            }));
        return services;
    }
}
