using CrossBorderBot.Channels.QuestionCards;
using CrossBorderBot.Composition;
using CrossBorderBot.Hosting;
using CrossBorderBot.Safety;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace CrossBorderBot.Channels.DirectLine;

public static class DirectLineServiceCollectionExtensions
{
    /// <summary>
    /// The self-hosted Direct Line door and the embedded web chat: options (section <c>DirectLine</c>, validated at
    /// start-up), the secret and tokens, the conversation log in the bot's <see cref="IStorage"/>, the in-process
    /// adapter, the check of clicks on Web Chat's older question cards, and a CORS policy for the sites listed in
    /// <c>DirectLine:AllowedOrigins</c>.
    /// </summary>
    public static IServiceCollection AddDirectLine(this IServiceCollection services)
    {
        services.AddValidatedOptions<DirectLineOptions, DirectLineOptionsValidator>(DirectLineOptions.SectionName);

        services.AddSingleton<DirectLineSecret>();
        services.AddSingleton<DirectLineTokenService>();
        services.AddSingleton<DirectLineAuthenticator>();
        services.AddSingleton<DirectLineClientLimits>();
        services.AddSingleton<DirectLineConversationStore>();
        services.AddSingleton(provider => (DirectLineAdapter)new DirectLineAdapter(
            provider.GetRequiredService<DirectLineConversationStore>(),
            provider.GetRequiredService<TimeProvider>(),
            TurnErrorReply.Handler(provider.GetRequiredService<ILogger<DirectLineAdapter>>())).UseTurnSafety(provider)
            .Use(provider.GetRequiredService<TypingIndicatorMiddleware>()));
        services.AddSingleton<DirectLineConversationService>();
        services.AddStaleCardClicks();

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
