using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CrossBorderBot.Safety;

public static class SafetyServiceCollectionExtensions
{
    /// <summary>The per-user turn limit (section <c>Safety</c>) and input normalisation, shared by every adapter.</summary>
    public static IServiceCollection AddTurnSafety(this IServiceCollection services)
    {
        services.AddOptions<TurnRateOptions>()
            .BindConfiguration(TurnRateOptions.SectionName)
            .Validate(o => o.MaxTurnsPerUserPerMinute > 0, "Safety:MaxTurnsPerUserPerMinute must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TurnRateLimitMiddleware>();
        services.TryAddSingleton<InputNormalizationMiddleware>();
        return services;
    }

    /// <summary>Puts the turn limit, then input normalisation, in front of an adapter's turns.</summary>
    public static TAdapter UseTurnSafety<TAdapter>(this TAdapter adapter, IServiceProvider services)
        where TAdapter : BotAdapter
    {
        adapter.Use(services.GetRequiredService<TurnRateLimitMiddleware>());
        adapter.Use(services.GetRequiredService<InputNormalizationMiddleware>());
        return adapter;
    }
}
