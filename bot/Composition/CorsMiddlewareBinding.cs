using Microsoft.AspNetCore.Cors.Infrastructure;

namespace CrossBorderBot.Composition;

/// <summary>
/// The CORS middleware bound by hand. <c>UseCors()</c> binds <see cref="CorsMiddleware.Invoke"/>, whose policy provider
/// is a per-request parameter, by compiling an expression tree when the host starts, which loads System.Linq.Expressions
/// and JIT-compiles the lambda on every start's path to its first reply. Same middleware, same provider per request.
/// </summary>
internal static class CorsMiddlewareBinding
{
    public static IApplicationBuilder UseCorsBoundDirectly(this IApplicationBuilder app)
    {
        var services = app.ApplicationServices;
        var cors = services.GetRequiredService<ICorsService>();
        var loggers = services.GetRequiredService<ILoggerFactory>();
        return app.Use(next =>
        {
            var middleware = new CorsMiddleware(next, cors, loggers);
            return http => middleware.Invoke(http, http.RequestServices.GetRequiredService<ICorsPolicyProvider>());
        });
    }
}
