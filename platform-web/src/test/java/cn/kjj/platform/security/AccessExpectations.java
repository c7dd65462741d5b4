package cn.kjj.platform.security;

/**
 * Who gets what from every route of the application, checked by {@link AccessMatrixTest}. One line
 * a route: method (ANY when the mapping names none), the pattern exactly as the controller maps it,
 * then either {@code public} (everyone, anonymous too, is let in) or one outcome per column:
 *
 * <pre>
 *   ADMIN  OFFICIAL  OTHER_OFFICIAL  CITY_OFFICIAL  OWNER  OTHER_ENTERPRISE  ANALYST  [EXPERT]
 * </pre>
 *
 * The eighth column, {@link Who#EXPERT}, is written only where an expert's account is let in (its
 * home, password and tokens, its own reviews: decision 0042); a line of seven says 403 for it, so
 * that every route of the officials and the enterprises is proved closed to experts.
 *
 * {@code ok} = let in (2xx, 3xx, or a 400/409/412/422/428 about the empty body or the record's state),
 * {@code 403} = the role may not, {@code 404} = the record is outside the caller's scope. Anonymous
 * callers are not a column: they get 401 problem JSON on {@code /api/**} and {@code /actuator/**} and a redirect to the login
 * page elsewhere, unless the line says {@code public}. The records are the owner's, in Jianghai
 * (see {@link MatrixRecords}); a new route with a new kind of path variable teaches MatrixRecords
 * which record it stands for.
 */
final class AccessExpectations {

    static final String TABLE = """
            ANY    /error                                                                  public
            DELETE /api/v1/auth/tokens/{id}                                                404   404   404   404   ok    404   404   404
            GET    /                                                                       ok    ok    ok    ok    ok    ok    ok    ok
            GET    /account/password                                                       ok    ok    ok    ok    ok    ok    ok    ok
            GET    /api/v1/audit                                                           ok    403   403   403   403   403   403
            GET    /api/v1/audit/verification                                              ok    403   403   403   403   403   403
            GET    /api/v1/dashboard                                                       ok    ok    ok    ok    403   403   ok
            GET    /api/v1/reports/annual                                                  ok    ok    ok    ok    403   403   ok
            GET    /api/v1/reports/technology-market                                       ok    ok    ok    ok    403   403   ok
            GET    /audit                                                                  ok    ok    ok    ok    403   403   403
            GET    /audit/verification                                                     ok    403   403   403   403   403   403
            GET    /dashboard                                                              ok    ok    ok    ok    403   403   ok
            GET    /reports/annual                                                         ok    ok    ok    ok    403   403   ok
            GET    /reports/annual.pdf                                                     ok    ok    ok    ok    403   403   ok
            GET    /reports/technology-market                                              ok    ok    ok    ok    403   403   ok
            GET    /reports/technology-market.xlsx                                         ok    ok    ok    ok    403   403   ok
            POST   /account/password                                                       ok    ok    ok    ok    ok    ok    ok    ok
            POST   /api/v1/me/password                                                     ok    ok    ok    ok    ok    ok    ok    ok
            GET    /account/tokens                                                         ok    ok    ok    ok    ok    ok    ok    ok
            GET    /actuator                                                               ok    403   403   403   403   403   403
            GET    /actuator/prometheus                                                    ok    403   403   403   403   403   403
            GET    /actuator/health                                                        public
            GET    /actuator/health/**                                                     public
            GET    /actuator/info                                                          ok    403   403   403   403   403   403
            GET    /admin/users                                                            ok    403   403   403   403   403   403
            GET    /admin/users/new                                                        ok    403   403   403   403   403   403
            GET    /admin/users/{id}/edit                                                  ok    403   403   403   403   403   403
            GET    /api/v1/auth/tokens                                                     ok    ok    ok    ok    ok    ok    ok    ok
            GET    /api/v1/certifications/expiring                                         ok    ok    ok    ok    403   403   ok
            GET    /api/v1/contracts                                                       ok    ok    ok    ok    ok    ok    ok
            GET    /api/v1/contracts/catalogue                                             ok    ok    ok    ok    ok    ok    ok
            GET    /api/v1/contracts/grounds                                               ok    ok    ok    ok    ok    ok    ok
            GET    /api/v1/contracts/{id}                                                  ok    ok    404   ok    ok    404   404
            GET    /api/v1/contracts/{id}/attachments/{attachmentId}                       ok    ok    404   ok    ok    404   403
            GET    /api/v1/contracts/{id}/certificate                                      ok    ok    404   ok    ok    404   ok
            GET    /api/v1/contracts/external                                              ok    ok    ok    ok    403   403   ok
            GET    /api/v1/contracts/external/{id}                                         ok    ok    404   ok    403   403   ok
            GET    /contracts/external                                                     ok    ok    ok    ok    403   403   ok
            GET    /contracts/external/new                                                 404   404   404   404   403   403   403
            GET    /contracts/external/{id}                                                ok    ok    404   ok    403   403   ok
            GET    /contracts/external/{id}/edit                                           403   403   404   403   403   403   403
            POST   /contracts/external                                                     404   404   404   404   403   403   403
            POST   /contracts/external/{id}/edit                                           403   403   404   403   403   403   403
            GET    /api/v1/enterprises                                                     ok    ok    ok    ok    ok    ok    ok
            GET    /api/v1/enterprises/{id}                                                ok    ok    404   ok    ok    404   ok
            GET    /api/v1/enterprises/{id}/certifications                                 ok    ok    404   ok    ok    404   ok
            GET    /api/v1/enterprises/{id}/certifications/{certificationId}               ok    ok    404   ok    ok    404   ok
            GET    /api/v1/enterprises/{id}/history                                        ok    ok    404   ok    ok    404   403
            GET    /api/v1/imports/{id}                                                    ok    ok    404   404   403   403   403
            GET    /api/v1/imports/{id}/errors                                             ok    ok    404   404   403   403   403
            GET    /api/v1/imports/{kind}/template                                         ok    ok    ok    ok    403   403   403
            GET    /api/v1/incubators                                                      ok    ok    ok    ok    403   403   ok
            GET    /api/v1/incubators/{id}                                                 ok    ok    404   ok    403   403   ok
            GET    /api/v1/incubators/{id}/history                                         ok    ok    404   ok    403   403   403
            GET    /api/v1/indicators                                                      ok    ok    ok    ok    403   403   ok
            GET    /api/v1/indicators/contract-turnover                                    ok    ok    ok    ok    403   403   ok
            GET    /api/v1/indicators/{id}                                                 ok    ok    ok    ok    403   403   ok
            GET    /api/v1/indicators/{id}/lineage                                         ok    ok    ok    ok    403   403   ok
            GET    /api/v1/labs                                                            ok    ok    ok    ok    403   403   ok
            GET    /api/v1/labs/{id}                                                       ok    ok    404   ok    403   403   ok
            GET    /api/v1/labs/{id}/history                                               ok    ok    404   ok    403   403   403
            GET    /api/v1/me                                                              ok    ok    ok    ok    ok    ok    ok    ok
            GET    /api/v1/programs                                                        ok    ok    ok    ok    ok    ok    ok
            GET    /api/v1/programs/{id}                                                   ok    ok    404   ok    ok    ok    ok
            GET    /api/v1/programs/{id}/awards                                            ok    ok    404   ok    ok    ok    ok
            GET    /api/v1/programs/{id}/history                                           ok    ok    404   ok    403   403   403
            GET    /api/v1/regions                                                         ok    ok    ok    ok    ok    ok    ok
            GET    /api/v1/statistics/regional                                             ok    ok    ok    ok    403   403   ok
            GET    /api/v1/statistics/regional/{regionCode}/{year}                         ok    ok    404   ok    403   403   ok
            GET    /api/v1/statistics/regional/{regionCode}/{year}/revisions               ok    ok    404   ok    403   403   ok
            GET    /api/v1/users                                                           ok    403   403   403   403   403   403
            GET    /api/v1/users/{id}                                                      ok    403   403   403   403   403   403
            GET    /api/v1/verify/{token}                                                  public
            GET    /certifications/expiring                                                ok    ok    ok    ok    403   403   ok
            GET    /contracts                                                              ok    ok    ok    ok    ok    ok    ok
            GET    /contracts/new                                                          ok    ok    ok    ok    ok    ok    403
            GET    /contracts/{id}                                                         ok    ok    404   ok    ok    404   404
            GET    /contracts/{id}/attachments/{attachmentId}                              ok    ok    404   ok    ok    404   404
            GET    /contracts/{id}/certificate                                             ok    ok    404   ok    ok    404   ok
            GET    /contracts/{id}/edit                                                    ok    ok    404   ok    ok    404   404
            GET    /enterprises                                                            ok    ok    ok    ok    ok    ok    ok
            GET    /enterprises/new                                                        ok    ok    ok    ok    403   403   403
            GET    /enterprises/{id}                                                       ok    ok    404   ok    ok    404   ok
            GET    /enterprises/{id}/certifications/new                                    ok    ok    404   ok    403   404   403
            GET    /enterprises/{id}/certifications/{certificationId}/revoke               ok    ok    404   ok    403   404   403
            GET    /enterprises/{id}/edit                                                  ok    ok    404   ok    403   404   403
            GET    /imports                                                                ok    ok    ok    ok    403   403   403
            GET    /imports/jobs/{id}                                                      ok    ok    404   404   403   403   403
            GET    /imports/jobs/{id}/errors.{format}                                      ok    ok    404   404   403   403   403
            GET    /imports/{kind}                                                         ok    ok    ok    ok    403   403   403
            GET    /imports/{kind}/template.{format}                                       ok    ok    ok    ok    403   403   403
            GET    /incubators                                                             ok    ok    ok    ok    403   403   ok
            GET    /incubators/new                                                         ok    ok    ok    ok    403   403   403
            GET    /incubators/{id}                                                        ok    ok    404   ok    403   403   ok
            GET    /incubators/{id}/edit                                                   ok    ok    404   ok    403   403   403
            GET    /indicators                                                             ok    ok    ok    ok    403   403   ok
            GET    /labs                                                                   ok    ok    ok    ok    403   403   ok
            GET    /labs/new                                                               ok    ok    ok    ok    403   403   403
            GET    /labs/{id}                                                              ok    ok    404   ok    403   403   ok
            GET    /labs/{id}/edit                                                         ok    ok    404   ok    403   403   403
            GET    /login                                                                  public
            GET    /programs                                                               ok    ok    ok    ok    ok    ok    ok
            GET    /programs/new                                                           ok    ok    ok    ok    403   403   403
            GET    /programs/{id}                                                          ok    ok    404   ok    ok    ok    ok
            GET    /programs/{id}/edit                                                     ok    ok    404   ok    403   403   403
            GET    /review                                                                 ok    ok    ok    ok    403   403   403
            GET    /statistics                                                             ok    ok    ok    ok    403   403   ok
            GET    /statistics/{regionCode}/{year}                                         ok    ok    404   ok    403   403   ok
            GET    /swagger-ui.html                                                        public
            GET    /v3/api-docs                                                            public
            GET    /v3/api-docs.yaml                                                       ok    ok    ok    ok    ok    ok    ok
            GET    /v3/api-docs/swagger-config                                             public
            GET    /verify/{token}                                                         public
            PATCH  /api/v1/users/{id}                                                      ok    403   403   403   403   403   403
            POST   /account/tokens                                                         ok    ok    ok    ok    ok    ok    ok    ok
            POST   /account/tokens/{id}/revoke                                             404   404   404   404   ok    404   404   404
            POST   /admin/users                                                            ok    403   403   403   403   403   403
            POST   /admin/users/{id}/edit                                                  ok    403   403   403   403   403   403
            POST   /admin/users/{id}/unlock                                                ok    403   403   403   403   403   403
            POST   /api/v1/auth/tokens                                                     ok    ok    ok    ok    ok    ok    ok    ok
            POST   /api/v1/contracts                                                       ok    ok    ok    ok    ok    ok    403
            POST   /api/v1/contracts/{id}/attachments                                      403   403   404   403   ok    404   403
            POST   /api/v1/contracts/{id}/register                                         ok    ok    404   ok    403   403   403
            POST   /api/v1/contracts/{id}/reject                                           ok    ok    404   ok    403   403   403
            POST   /api/v1/contracts/{id}/return                                           ok    ok    404   ok    403   403   403
            POST   /api/v1/contracts/{id}/revoke                                           ok    ok    404   ok    403   403   403
            POST   /api/v1/contracts/{id}/submit                                           403   403   404   403   ok    404   403
            POST   /api/v1/enterprises                                                     ok    ok    ok    ok    403   403   403
            POST   /api/v1/enterprises/{id}/certifications                                 ok    ok    404   ok    403   403   403
            POST   /api/v1/enterprises/{id}/certifications/{certificationId}/revoke        ok    ok    404   ok    403   403   403
            POST   /api/v1/imports/{kind}                                                  ok    ok    ok    ok    403   403   403
            POST   /api/v1/incubators                                                      ok    ok    ok    ok    403   403   403
            POST   /api/v1/labs                                                            ok    ok    ok    ok    403   403   403
            POST   /api/v1/programs                                                        ok    ok    ok    ok    403   403   403
            POST   /api/v1/programs/{id}/awards                                            ok    ok    404   ok    403   403   403
            POST   /api/v1/users                                                           ok    403   403   403   403   403   403
            POST   /api/v1/users/{id}/unlock                                               ok    403   403   403   403   403   403
            POST   /contracts                                                              ok    ok    ok    ok    ok    ok    403
            POST   /contracts/{id}/attachments                                             ok    ok    404   ok    ok    404   404
            POST   /contracts/{id}/edit                                                    ok    ok    404   ok    ok    404   404
            POST   /contracts/{id}/register                                                ok    ok    404   ok    403   404   403
            POST   /contracts/{id}/reject                                                  ok    ok    404   ok    403   404   404
            POST   /contracts/{id}/return                                                  ok    ok    404   ok    403   404   404
            POST   /contracts/{id}/revoke                                                  ok    ok    404   ok    403   404   404
            POST   /contracts/{id}/submit                                                  403   403   404   403   ok    404   404
            POST   /enterprises                                                            ok    ok    ok    ok    403   403   403
            POST   /enterprises/{id}/certifications                                        ok    ok    404   ok    403   404   403
            POST   /enterprises/{id}/certifications/{certificationId}/revoke               ok    ok    404   ok    403   404   403
            POST   /enterprises/{id}/edit                                                  ok    ok    404   ok    403   404   403
            POST   /imports/{kind}                                                         ok    ok    ok    ok    403   403   403
            POST   /incubators                                                             ok    ok    ok    ok    403   403   403
            POST   /incubators/{id}/edit                                                   ok    ok    404   ok    403   403   403
            POST   /labs                                                                   ok    ok    ok    ok    403   403   403
            POST   /labs/{id}/edit                                                         ok    ok    404   ok    403   403   403
            POST   /programs                                                               ok    ok    ok    ok    403   403   403
            POST   /programs/{id}/awards                                                   ok    ok    404   ok    403   403   403
            POST   /programs/{id}/edit                                                     ok    ok    404   ok    403   403   403
            POST   /statistics/{regionCode}/{year}                                         ok    ok    404   ok    403   403   403
            PUT    /api/v1/contracts/{id}                                                  403   403   404   403   ok    404   403
            PUT    /api/v1/enterprises/{id}                                                ok    ok    404   ok    403   403   403
            PUT    /api/v1/incubators/{id}                                                 ok    ok    404   ok    403   403   403
            PUT    /api/v1/labs/{id}                                                       ok    ok    404   ok    403   403   403
            PUT    /api/v1/programs/{id}                                                   ok    ok    404   ok    403   403   403
            PUT    /api/v1/statistics/regional/{regionCode}/{year}                         ok    ok    404   ok    403   403   403
            GET    /admin/contract-rules                                                   ok    403   403   403   403   403   403
            POST   /admin/contract-rules/{regionCode}                                      ok    403   403   403   403   403   403
            GET    /api/v1/calendar                                                        ok    ok    ok    ok    ok    ok    ok
            PUT    /api/v1/calendar/{date}                                                 ok    403   403   403   403   403   403
            DELETE /api/v1/calendar/{date}                                                 ok    403   403   403   403   403   403
            GET    /api/v1/contracts/rules                                                 ok    ok    ok    ok    ok    ok    ok
            PUT    /api/v1/contracts/rules                                                 ok    403   403   403   403   403   403
            GET    /calendar                                                               ok    ok    ok    ok    403   403   ok
            POST   /calendar                                                               ok    403   403   403   403   403   403
            POST   /calendar/{date}/delete                                                 ok    403   403   403   403   403   403
            GET    /api/v1/tech-smes                                                       ok    ok    ok    ok    403   403   ok
            GET    /api/v1/tech-smes/{id}                                                  ok    ok    404   ok    403   403   ok
            GET    /api/v1/tech-smes/{id}/history                                          ok    ok    404   ok    403   403   403
            POST   /api/v1/tech-smes                                                       ok    ok    ok    ok    403   403   403
            PUT    /api/v1/tech-smes/{id}                                                  ok    ok    404   ok    403   403   403
            GET    /api/v1/cultivation                                                     ok    ok    ok    ok    403   403   ok
            POST   /api/v1/cultivation/pool                                                ok    ok    ok    ok    403   403   403
            POST   /api/v1/cultivation/pool/{enterpriseId}/{year}/remove                   ok    ok    404   ok    403   403   403
            GET    /api/v1/cultivation/pool/{enterpriseId}/{year}/history                  ok    ok    404   ok    403   403   403
            GET    /api/v1/enterprises/{id}/cultivation                                    ok    ok    404   ok    ok    404   ok
            GET    /api/v1/targets                                                         ok    ok    ok    ok    403   403   ok
            PUT    /api/v1/targets/{regionCode}/{indicator}/{year}                         ok    ok    404   ok    403   403   403
            GET    /tech-smes                                                              ok    ok    ok    ok    403   403   ok
            GET    /cultivation                                                            ok    ok    ok    ok    403   403   ok
            POST   /cultivation/pool                                                       ok    ok    ok    ok    403   403   403
            POST   /cultivation/pool/{enterpriseId}/{year}/remove                          ok    ok    404   ok    403   403   403
            GET    /tech-smes/new                                                          ok    ok    ok    ok    403   403   403
            GET    /tech-smes/{id}                                                         ok    ok    404   ok    403   403   ok
            GET    /tech-smes/{id}/edit                                                    ok    ok    404   ok    403   403   403
            POST   /tech-smes                                                              ok    ok    ok    ok    403   403   403
            POST   /tech-smes/{id}/edit                                                    ok    ok    404   ok    403   403   403
            # --- supply and demand (issue 16) ---
            GET    /api/v1/achievements                                                    ok    ok    ok    ok    ok    ok    ok
            GET    /api/v1/achievements/{id}                                               ok    ok    404   ok    ok    ok    ok
            GET    /api/v1/achievements/{id}/history                                       ok    ok    404   ok    403   403   403
            GET    /api/v1/achievements/{id}/matches                                       ok    ok    404   ok    ok    ok    ok
            POST   /api/v1/achievements                                                    ok    ok    ok    ok    403   403   403
            PUT    /api/v1/achievements/{id}                                               ok    ok    404   ok    403   403   403
            GET    /api/v1/demands                                                         ok    ok    ok    ok    ok    ok    ok
            GET    /api/v1/demands/{id}                                                    ok    ok    404   ok    ok    404   ok
            GET    /api/v1/demands/{id}/matches                                            ok    ok    404   ok    ok    404   ok
            GET    /api/v1/demands/{id}/history                                            ok    ok    404   ok    ok    404   403
            POST   /api/v1/demands                                                         403   403   403   403   ok    ok    403
            PUT    /api/v1/demands/{id}                                                    403   403   403   403   ok    404   403
            POST   /api/v1/demands/{id}/close                                              403   403   403   403   ok    404   403
            GET    /api/v1/matchmakings                                                    ok    ok    ok    ok    403   403   ok
            GET    /api/v1/matchmakings/suggestions                                        ok    ok    ok    ok    403   403   ok
            GET    /api/v1/matchmakings/{id}                                               ok    ok    404   ok    403   403   ok
            POST   /api/v1/matchmakings                                                    ok    ok    ok    ok    403   403   403
            PUT    /api/v1/matchmakings/{id}                                               ok    ok    404   ok    403   403   403
            GET    /matchmakings/suggestions                                               ok    ok    ok    ok    403   403   ok
            GET    /demands                                                                ok    ok    ok    ok    ok    ok    ok
            GET    /demands/new                                                            403   403   403   403   ok    ok    403
            GET    /demands/{id}                                                           ok    ok    404   ok    ok    404   ok
            GET    /demands/{id}/edit                                                      403   403   403   403   ok    404   403
            POST   /demands                                                                403   403   403   403   ok    ok    403
            POST   /demands/{id}/edit                                                      403   403   403   403   ok    404   403
            POST   /demands/{id}/close                                                     403   403   403   403   ok    404   403
            GET    /matchmakings                                                           ok    ok    ok    ok    403   403   ok
            GET    /matchmakings/new                                                       ok    ok    ok    ok    403   403   403
            GET    /matchmakings/{id}                                                      ok    ok    404   ok    403   403   ok
            GET    /matchmakings/{id}/edit                                                 ok    ok    404   ok    403   403   403
            POST   /matchmakings                                                           ok    ok    ok    ok    403   403   403
            POST   /matchmakings/{id}/edit                                                 ok    ok    404   ok    403   403   403
            GET    /achievements                                                           ok    ok    ok    ok    ok    ok    ok
            GET    /achievements/new                                                       ok    ok    ok    ok    403   403   403
            GET    /achievements/{id}                                                      ok    ok    404   ok    ok    ok    ok
            GET    /achievements/{id}/edit                                                 ok    ok    404   ok    403   403   403
            POST   /achievements                                                           ok    ok    ok    ok    403   403   403
            POST   /achievements/{id}/edit                                                 ok    ok    404   ok    403   403   403
            GET    /api/v1/contracts/{id}/changes                                          ok    ok    404   ok    ok    404   404
            POST   /api/v1/contracts/{id}/changes                                          403   403   404   403   ok    404   404
            POST   /api/v1/contracts/{id}/changes/{changeId}/approve                       ok    ok    404   ok    403   404   403
            POST   /api/v1/contracts/{id}/changes/{changeId}/reject                        ok    ok    404   ok    403   404   403
            POST   /api/v1/contracts/objections                                            403   ok    ok    ok    ok    ok    403
            GET    /api/v1/contracts/{id}/objections                                       ok    ok    404   ok    ok    404   404
            POST   /api/v1/contracts/{id}/objections/{objectionId}/confirm                 ok    ok    404   ok    403   404   403
            POST   /api/v1/contracts/{id}/objections/{objectionId}/correct                 ok    ok    404   ok    403   404   403
            GET    /contracts/{id}/changes/new                                             403   403   404   403   ok    404   404
            POST   /contracts/{id}/changes                                                 403   403   404   403   ok    404   404
            POST   /contracts/{id}/changes/{changeId}/approve                              ok    ok    404   ok    403   404   403
            POST   /contracts/{id}/changes/{changeId}/reject                               ok    ok    404   ok    403   404   403
            GET    /contracts/objections/new                                               ok    ok    ok    ok    ok    ok    ok
            POST   /contracts/objections                                                   403   ok    ok    ok    ok    ok    403
            POST   /contracts/{id}/objections/{objectionId}/confirm                        ok    ok    404   ok    403   404   403
            POST   /contracts/{id}/objections/{objectionId}/correct                        ok    ok    404   ok    403   404   403
            GET    /review/requests                                                        ok    ok    ok    ok    403   403   403
            GET    /api/v1/enterprises/{id}/annual-figures                                 ok    ok    404   ok    ok    404   ok
            GET    /api/v1/enterprises/{id}/annual-figures/{year}                          ok    ok    404   ok    ok    404   ok
            PUT    /api/v1/enterprises/{id}/annual-figures/{year}                          ok    ok    404   ok    ok    404   403
            GET    /api/v1/enterprises/{id}/annual-figures/{year}/history                  ok    ok    404   ok    ok    404   403
            GET    /api/v1/enterprises/{id}/high-tech-criteria                             ok    ok    404   ok    ok    404   ok
            PUT    /api/v1/enterprises/{id}/high-tech-reports/{year}                       403   403   404   403   ok    404   403
            GET    /api/v1/certifications/missing-reports                                  ok    ok    ok    ok    403   403   ok
            GET    /api/v1/high-tech-applications                                          ok    ok    ok    ok    ok    ok    ok
            POST   /api/v1/high-tech-applications                                          ok    ok    ok    ok    ok    ok    403
            GET    /api/v1/high-tech-applications/{id}                                     ok    ok    404   ok    ok    404   ok
            GET    /api/v1/high-tech-applications/candidates                               ok    ok    ok    ok    403   403   ok
            GET    /api/v1/high-tech-applications/{id}/history                             ok    ok    404   ok    ok    404   403
            POST   /api/v1/high-tech-applications/{id}/recommend                           ok    ok    404   403   403   403   403
            POST   /api/v1/high-tech-applications/{id}/return                              ok    ok    404   403   403   403   403
            POST   /api/v1/high-tech-applications/{id}/result                              ok    403   404   ok    403   403   403
            GET    /enterprises/{id}/high-tech                                             ok    ok    404   ok    ok    404   ok
            POST   /enterprises/{id}/high-tech/figures/{year}                              ok    ok    404   ok    ok    404   403
            POST   /enterprises/{id}/high-tech/apply                                       ok    ok    404   ok    ok    404   403
            POST   /enterprises/{id}/high-tech/reports                                     403   403   404   403   ok    404   403
            GET    /high-tech-applications                                                 ok    ok    ok    ok    403   403   ok
            GET    /high-tech-applications/candidates                                      ok    ok    ok    ok    403   403   ok
            GET    /high-tech-applications/{id}                                            ok    ok    404   ok    ok    404   ok
            POST   /high-tech-applications/{id}/{step}                                     ok    ok    404   403   403   404   403
            GET    /certifications/missing-reports                                         ok    ok    ok    ok    403   403   ok
            GET    /api/v1/programs/{id}/calls                                             ok    ok    404   ok    ok    ok    ok
            POST   /api/v1/programs/{id}/calls                                             ok    ok    404   ok    403   403   403
            POST   /api/v1/programs/{id}/applications                                      403   403   403   403   ok    ok    403
            GET    /api/v1/program-calls/{id}                                              ok    ok    404   ok    ok    ok    ok
            GET    /api/v1/program-applications                                            ok    ok    ok    ok    ok    ok    ok
            GET    /api/v1/program-applications/{id}                                       ok    ok    404   ok    ok    404   ok
            GET    /api/v1/program-applications/{id}/attachments/{attachmentId}            ok    ok    404   ok    ok    404   403
            POST   /api/v1/program-applications/{id}/attachments                           403   403   403   403   ok    404   403
            POST   /api/v1/program-applications/{id}/resubmit                              403   403   403   403   ok    404   403
            POST   /api/v1/program-applications/{id}/accept                                ok    ok    404   ok    403   403   403
            POST   /api/v1/program-applications/{id}/return                                ok    ok    404   ok    403   403   403
            POST   /api/v1/program-applications/{id}/reject                                ok    ok    404   ok    403   403   403
            POST   /api/v1/program-applications/{id}/approve                               ok    ok    404   ok    403   403   403
            POST   /api/v1/program-applications/{id}/decline                               ok    ok    404   ok    403   403   403
            POST   /api/v1/program-applications/{id}/disbursements                         ok    ok    404   ok    403   403   403
            POST   /api/v1/program-applications/{id}/midterm                               ok    ok    404   ok    403   403   403
            POST   /api/v1/program-applications/{id}/complete                              ok    ok    404   ok    403   403   403
            POST   /api/v1/program-applications/{id}/terminate                             ok    ok    404   ok    403   403   403
            GET    /api/v1/program-calls/{id}/ranking                                      ok    ok    404   ok    403   403   ok
            POST   /api/v1/program-applications/{id}/reviews                               ok    ok    404   ok    403   403   403
            PUT    /api/v1/program-applications/{id}/reviews/{reviewId}                    ok    ok    404   ok    403   403   403   ok
            GET    /api/v1/experts                                                         ok    ok    ok    ok    403   403   ok
            POST   /api/v1/experts                                                         ok    ok    ok    ok    403   403   403
            GET    /api/v1/experts/{id}                                                    ok    ok    404   ok    403   403   ok
            PUT    /api/v1/experts/{id}                                                    ok    ok    404   ok    403   403   403
            GET    /api/v1/experts/{id}/history                                            ok    ok    404   ok    403   403   403
            GET    /program-applications                                                   ok    ok    ok    ok    ok    ok    ok
            GET    /program-applications/{id}                                              ok    ok    404   ok    ok    404   ok
            POST   /program-applications/{id}/{step}                                       ok    ok    404   ok    403   404   403
            GET    /program-calls/{id}/ranking                                             ok    ok    404   ok    403   403   ok
            GET    /program-calls/{id}/apply                                               403   403   403   403   ok    ok    403
            POST   /program-calls/{id}/apply                                               403   403   403   403   ok    ok    403
            POST   /program-applications/{id}/attachments                                  403   403   404   403   ok    404   403
            POST   /api/v1/program-applications/{id}/stage-review                          ok    ok    404   ok    403   403   403
            POST   /api/v1/program-applications/{id}/win                                   ok    ok    404   ok    403   403   403
            GET    /program-calls/{id}                                                     ok    ok    404   ok    ok    ok    ok
            POST   /program-applications/{id}/reviews/{reviewId}                           ok    ok    404   ok    403   404   403
            GET    /api/v1/expert-reviews                                                  403   403   403   403   403   403   403   ok
            GET    /api/v1/expert-reviews/{reviewId}                                       403   403   403   403   403   403   403   ok
            GET    /api/v1/expert-reviews/{reviewId}/attachments/{attachmentId}            403   403   403   403   403   403   403   ok
            POST   /api/v1/experts/{id}/account                                            ok    ok    404   ok    403   403   403
            GET    /expert-reviews                                                         403   403   403   403   403   403   403   ok
            GET    /expert-reviews/{reviewId}                                              403   403   403   403   403   403   403   ok
            POST   /expert-reviews/{reviewId}                                              403   403   403   403   403   403   403   ok
            GET    /api/v1/program-calls/open                                              403   403   403   403   ok    ok    403
            POST   /api/v1/program-calls/{id}/close                                        ok    ok    404   ok    403   403   403
            GET    /programs/{id}/calls/new                                                ok    ok    404   ok    403   403   403
            POST   /programs/{id}/calls                                                    ok    ok    404   ok    403   403   403
            POST   /program-calls/{id}/close                                               ok    ok    404   ok    403   403   403
            GET    /program-calls                                                          403   403   403   403   ok    ok    403
            GET    /experts                                                                ok    ok    ok    ok    403   403   ok
            GET    /experts/new                                                            ok    ok    ok    ok    403   403   403
            GET    /experts/{id}                                                           ok    ok    404   ok    403   403   ok
            GET    /experts/{id}/edit                                                      ok    ok    404   ok    403   403   403
            POST   /experts                                                                ok    ok    ok    ok    403   403   403
            POST   /experts/{id}/edit                                                      ok    ok    404   ok    403   403   403
            POST   /experts/{id}/account                                                   ok    ok    404   ok    403   403   403
            GET    /api/v1/vouchers                                                        ok    ok    ok    ok    ok    ok    ok
            POST   /api/v1/vouchers                                                        ok    ok    ok    ok    403   403   403
            GET    /api/v1/vouchers/{id}                                                   ok    ok    404   ok    ok    404   ok
            POST   /api/v1/vouchers/{id}/redeem                                            ok    ok    404   ok    ok    404   403
            POST   /api/v1/vouchers/{id}/pay                                               ok    ok    404   ok    403   403   403
            GET    /api/v1/programs/{id}/newly-certified-subsidy                           ok    ok    404   ok    403   403   403
            POST   /api/v1/programs/{id}/newly-certified-subsidy                           ok    ok    404   ok    403   403   403
            GET    /vouchers                                                               ok    ok    ok    ok    ok    ok    ok
            GET    /vouchers/{id}                                                          ok    ok    404   ok    ok    404   ok
            POST   /vouchers/{id}/redeem                                                   ok    ok    404   ok    ok    404   403
            POST   /vouchers/{id}/pay                                                      ok    ok    404   ok    403   404   403
            POST   /programs/{id}/vouchers                                                 ok    ok    404   ok    403   403   403
            POST   /programs/{id}/newly-certified-subsidy                                  ok    ok    404   ok    403   403   403
            POST   /programs/{id}/newly-certified-subsidy/preview                          ok    ok    404   ok    403   403   403
            """;

    private AccessExpectations() {
    }
}
