using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Assessment.ServiceDefaults.Security.Revocation;

/// <summary>Puts <see cref="RevocationGate"/> first in every pipeline that authenticates, so no Program.cs can forget it.</summary>
public sealed class RevocationGateStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseMiddleware<RevocationGate>();
        next(app);
    };
}
