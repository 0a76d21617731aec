package nl.nvvk.keurmerk.webhook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import nl.nvvk.keurmerk.shared.concurrency.ETags;
import nl.nvvk.keurmerk.shared.concurrency.Versioned;
import nl.nvvk.keurmerk.shared.paging.Page;
import nl.nvvk.keurmerk.shared.paging.PageRequest;
import nl.nvvk.keurmerk.shared.security.Roles;
import nl.nvvk.keurmerk.webhook.WebhookDtos.DeliveryResponse;
import nl.nvvk.keurmerk.webhook.WebhookDtos.SubscriptionRequest;
import nl.nvvk.keurmerk.webhook.WebhookDtos.SubscriptionResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/webhook-subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.NVVK_ADMIN, Roles.CERTIFIER, Roles.MEMBER})
@Tag(name = "Webhooks", description = "Signed webhooks (Standard Webhooks): the events of the feed pushed to an integrator's URL, retried until delivered")
public class WebhookResource {
    private static final String NOT_PAUSED = "{\"type\": \"https://keurmerkregister.nvvk.nl/problems/webhook-not-paused\", \"title\": \"Conflict with the current state\", "
            + "\"status\": 409, \"detail\": \"Subscription 3f1e2d4c-5b6a-4798-8a1b-2c3d4e5f6a7b is not paused\", "
            + "\"instance\": \"/api/v1/webhook-subscriptions/3f1e2d4c-5b6a-4798-8a1b-2c3d4e5f6a7b/resumption\"}";
    private static final String PENDING = "{\"type\": \"https://keurmerkregister.nvvk.nl/problems/webhook-delivery-pending\", \"title\": \"Conflict with the current state\", "
            + "\"status\": 409, \"detail\": \"Delivery 0190f3a2-7c4e-7d2a-9b1c-2c3d4e5f6a7b is pending already; it goes out when due\", "
            + "\"instance\": \"/api/v1/webhook-subscriptions/3f1e2d4c-5b6a-4798-8a1b-2c3d4e5f6a7b/deliveries/0190f3a2-7c4e-7d2a-9b1c-2c3d4e5f6a7b/redelivery\"}";
    private static final String IF_MATCH = "The ETag last read; optional, checked when sent";

    private final WebhookService webhooks;

    WebhookResource(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "subscribeWebhook", summary = "Subscribe to events",
            description = "Events of the feed are POSTed to `targetUrl` as they are committed, signed as Standard Webhooks sign them "
                    + "(`webhook-id`, `webhook-timestamp`, `webhook-signature`: HMAC-SHA256 with the secret). The subscription is the "
                    + "caller's: a certifying body receives its audits' events, a member its organisation's, NVVK all, exactly as the "
                    + "feed shows them, in feed order per organisation, at least once. The secret is generated here and shown in this "
                    + "answer only. `targetUrl` must be https on a public address (checked again at every delivery; redirects are not followed).")
    @APIResponse(responseCode = "201", description = "The subscription, with its secret",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriptionResponse.class)),
            headers = {@Header(name = "Location", description = "URL of the subscription", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Current version, for If-Match", schema = @Schema(type = SchemaType.STRING))})
    public RestResponse<SubscriptionResponse> subscribe(@Valid @NotNull SubscriptionRequest request, UriInfo uri) {
        Versioned<SubscriptionResponse> made = webhooks.subscribe(request);
        return made.created(uri.getAbsolutePathBuilder().path(made.body().id().toString()).build());
    }

    @GET
    @Operation(operationId = "listWebhookSubscriptions", summary = "List subscriptions",
            description = "The caller's own subscriptions (NVVK: all), newest first; never a secret.")
    @APIResponse(responseCode = "200", description = "One page of subscriptions")
    public Page<SubscriptionResponse> list(@Valid @BeanParam PageRequest page) {
        return webhooks.list(page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "readWebhookSubscription", summary = "Read a subscription",
            description = "With whether it is paused and why; never its secret. Another's answers 404.")
    @APIResponse(responseCode = "200", description = "The subscription",
            headers = @Header(name = "ETag", description = "Current version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<SubscriptionResponse> get(@PathParam("id") UUID id) {
        return webhooks.get(id).ok();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reviseWebhookSubscription", summary = "Change a subscription",
            description = "Its target, event types and whether it is active; If-Match required. Deliveries already made stay in the log.")
    @APIResponse(responseCode = "200", description = "The subscription")
    public RestResponse<SubscriptionResponse> revise(@PathParam("id") UUID id, @RestHeader("If-Match") @Size(max = ETags.HEADER_MAX_LENGTH)
            @Pattern(regexp = ETags.HEADER_PATTERN, message = ETags.HEADER_MESSAGE)
            @Parameter(description = "The ETag last read; required", example = "\"0\"", required = true) String ifMatch,
            @Valid @NotNull SubscriptionRequest request) {
        return webhooks.revise(id, ifMatch, request).ok();
    }

    @POST
    @Path("/{id}/secret-rotation")
    @Operation(operationId = "rotateWebhookSecret", summary = "Rotate the signing secret",
            description = "A new secret, shown in this answer only. For `keurmerk.webhooks.rotation-overlap` (24 hours) both sign: "
                    + "`webhook-signature` carries two signatures, so a receiver can switch to the new secret in its own time.")
    @APIResponse(responseCode = "200", description = "The subscription with its new secret")
    public RestResponse<SubscriptionResponse> rotate(@PathParam("id") UUID id, @RestHeader("If-Match") @Size(max = ETags.HEADER_MAX_LENGTH)
            @Pattern(regexp = ETags.HEADER_PATTERN, message = ETags.HEADER_MESSAGE) @Parameter(description = IF_MATCH, example = "\"0\"") String ifMatch) {
        return webhooks.rotateSecret(id, ifMatch).ok();
    }

    @POST
    @Path("/{id}/resumption")
    @Operation(operationId = "resumeWebhookSubscription", summary = "Resume a paused subscription",
            description = "After deliveries failed for `keurmerk.webhooks.give-up-after` (24 hours) the subscription was paused; once the "
                    + "receiver is fixed, resume it: pending deliveries go out again, the given-up one can be asked for again.")
    @APIResponse(responseCode = "200", description = "The subscription, no longer paused")
    @APIResponse(responseCode = "409", description = "The subscription is not paused", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(ref = "Problem"), examples = @ExampleObject(name = "webhook-not-paused", value = NOT_PAUSED)))
    public RestResponse<SubscriptionResponse> resume(@PathParam("id") UUID id, @RestHeader("If-Match") @Size(max = ETags.HEADER_MAX_LENGTH)
            @Pattern(regexp = ETags.HEADER_PATTERN, message = ETags.HEADER_MESSAGE) @Parameter(description = IF_MATCH, example = "\"1\"") String ifMatch) {
        return webhooks.resume(id, ifMatch).ok();
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "The delivery log",
            description = "Every event sent or to be sent to the subscription, newest first: status, attempts, the last answer's status and "
                    + "time, why the last attempt failed, and the first 500 bytes of the last answer.")
    @APIResponse(responseCode = "200", description = "One page of deliveries")
    public Page<DeliveryResponse> deliveries(@PathParam("id") UUID id,
            @RestQuery @Pattern(regexp = "^(PENDING|DELIVERED|FAILED)$", message = "must be PENDING, DELIVERED or FAILED") @Size(max = 20)
            @Parameter(description = "Only deliveries with this status", example = "FAILED") String status,
            @Valid @BeanParam PageRequest page) {
        return webhooks.deliveries(id, status, page);
    }

    @POST
    @Path("/{id}/deliveries/{delivery}/redelivery")
    @Operation(operationId = "redeliverWebhook", summary = "Ask for a delivery again",
            description = "A delivered or given-up delivery is sent again (same `webhook-id`, so a receiver that keeps ids sees the repeat), "
                    + "due at once, with a fresh window before it is given up.")
    @APIResponse(responseCode = "200", description = "The delivery, pending again")
    @APIResponse(responseCode = "409", description = "The delivery is pending already", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(ref = "Problem"), examples = @ExampleObject(name = "webhook-delivery-pending", value = PENDING)))
    public DeliveryResponse redeliver(@PathParam("id") UUID id, @PathParam("delivery") UUID delivery) {
        return webhooks.redeliver(id, delivery);
    }
}
