package cn.kjj.platform.enterprise;

/** Marks the enterprise feature's portal controllers, so that {@link EnterprisePageErrors} applies to them. */
interface EnterprisePage {
}
