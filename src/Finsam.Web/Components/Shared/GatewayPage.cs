using Finsam.Web.Gateway;
using Finsam.Web.SignIn;
using Grpc.Core;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Finsam.Web.Components.Shared;

// A page that calls the services for the signed-in person. A refused or failed call leaves
// the page and what was typed as they are, and says why (Problem); a session that has ended
// sends the person to sign in again, back to this page.
public abstract class GatewayPage : ComponentBase
{
    [Inject]
    protected GatewayClients Gateway { get; set; } = default!;

    [Inject]
    protected NavigationManager Navigation { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> Authentication { get; set; } = default!;

    protected CallProblem? Problem { get; set; }

    protected PersonRoles Roles { get; private set; } = default!;

    protected bool Busy { get; private set; }

    protected override async Task OnInitializedAsync()
    {
        Roles = new PersonRoles((await Authentication).User);
        await LoadAsync();
    }

    protected virtual Task LoadAsync() => Task.CompletedTask;

    // True when the call went through; otherwise Problem says why.
    protected async Task<bool> CallAsync(Func<Task> call)
    {
        Busy = true;
        try
        {
            await call();
            Problem = null;
            return true;
        }
        catch (RpcException failure)
        {
            Problem = CallProblem.From(failure);
            return false;
        }
        catch (SessionEndedException ended)
        {
            Problem = CallProblem.SessionEnded(ended);
            var returnUrl = "/" + Navigation.ToBaseRelativePath(Navigation.Uri);
            Navigation.NavigateTo($"{WebSignIn.SignInPath}?returnUrl={Uri.EscapeDataString(returnUrl)}", forceLoad: true);
            return false;
        }
        finally
        {
            Busy = false;
        }
    }
}
