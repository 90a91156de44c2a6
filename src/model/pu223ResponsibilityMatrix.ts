import type { ResponsibilityMatrix } from "./responsibilityMatrix.js";

const duty = (
  id: string,
  scopeKind: "institution" | "service" | "resource",
  lv: string,
  en: string,
  accountable: string,
): ResponsibilityMatrix["duties"][number] =>
  Object.freeze({
    id: id as ResponsibilityMatrix["duties"][number]["id"],
    name: Object.freeze({ lv, en }),
    scopeKind,
    assignments: Object.freeze({ [accountable]: "A" as const }),
  });

/**
 * The responsibility matrix of task PU2-23 as the task card gives it: four duties, one accountable owner role each.
 *
 * @remarks
 * Institution: the service portfolio owner for all services, the resource portfolio owner for all resources;
 * service: the service owner; resource: the resource owner. Institutions add their own L (co-responsible) roles
 * by copying the duties.
 *
 * @category Model
 */
export const PU2_23_RESPONSIBILITY_MATRIX: ResponsibilityMatrix = Object.freeze({
  duties: Object.freeze([
    duty(
      "pu2-23-all-services",
      "institution",
      "Nodrošināt un kontrolēt visu iestādes pakalpojumu sniegšanas un uzturēšanas rezultativitātes un efektivitātes rādītāju mērīšanu un uzkrāšanu, t.sk. vispārējās procedūras un tehnoloģijas; analizēt rezultātus un izmantot tos visu pakalpojumu pārvaldībai, pilnveidei un attīstības plānošanai",
      "Ensure and control that the effectiveness and efficiency KPIs of delivering and maintaining all of the institution's services are measured and accumulated, including the general procedures and technology; analyse the results and use them to manage, improve and plan all services",
      "service_portfolio_owner",
    ),
    duty(
      "pu2-23-one-service",
      "service",
      "Mērīt un uzkrāt viena pakalpojuma sniegšanas un uzturēšanas rādītājus; analizēt rezultātus un izmantot tos pakalpojuma pārvaldībai, pilnveidei un attīstības plānošanai",
      "Measure and accumulate the KPIs of delivering and maintaining one service; analyse the results and use them to manage, improve and plan that service",
      "service_owner",
    ),
    duty(
      "pu2-23-one-resource",
      "resource",
      "Mērīt un uzkrāt viena resursa izmantošanas un uzturēšanas rādītājus; analizēt un izmantot tos resursa pārvaldībai",
      "Measure and accumulate the KPIs of using and maintaining one resource; analyse and use them to manage that resource",
      "resource_owner",
    ),
    duty(
      "pu2-23-all-resources",
      "institution",
      "Nodrošināt un kontrolēt visu iestādes resursu izmantošanas un uzturēšanas rādītāju mērīšanu un uzkrāšanu, t.sk. procedūras un tehnoloģijas; analizēt un izmantot tos visu resursu pārvaldībai",
      "Ensure and control that the KPIs of using and maintaining all of the institution's resources are measured and accumulated, including procedures and technology; analyse and use them to manage all resources",
      "resource_portfolio_owner",
    ),
  ]),
});
